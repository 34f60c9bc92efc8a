/**
 * Who may do what: accounts and API tokens from the store, form login with CSRF for people, bearer
 * tokens for scripts, the role hierarchy (admin > reviewer > contributor), security headers, and
 * JSON or HTML answers to 401/403. Nothing here records client addresses or user agents.
 */
package org.sightline.app.web.security;
