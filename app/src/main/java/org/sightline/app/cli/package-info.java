/**
 * Shared command-line plumbing: the register options every command mixes in, one-line errors, quiet
 * logging, and the bases the commands extend ({@link org.sightline.app.cli.QuietCommand}, {@link
 * org.sightline.app.cli.RegisterCommand}, {@link org.sightline.app.cli.CommandGroup}). The commands
 * themselves live in their capability's package and the root command ({@code SightlineCli}) in
 * {@code org.sightline.app}.
 */
package org.sightline.app.cli;
