/**
 * Shared web plumbing, used by every room and depending on none: the register wired into Spring,
 * the JSON error contract ({@code ApiError}, {@code WorkflowRefusal}), API parameters, the HTML
 * error pages of {@code @PageController}s, the public page cache, the page text helpers and who the
 * caller is ({@code Roles}). Security filters and sign-in are in the internal {@code security}
 * sub-package.
 */
package org.sightline.app.web;
