/**
 * Shared command-line plumbing: the register options every command mixes in, one-line errors, quiet
 * logging. The commands themselves live in their capability's package and the root command ({@code
 * SightlineCli}) in {@code org.sightline.app}.
 */
package org.sightline.app.cli;
