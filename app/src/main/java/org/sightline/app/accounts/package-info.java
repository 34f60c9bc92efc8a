/**
 * Accounts: the sign-in, password and account pages, the admin's user and token page, and the
 * {@code user} and {@code token} commands. Exposes only its commands (for the root command); the
 * authentication itself is web plumbing ({@code web.security}).
 */
package org.sightline.app.accounts;
