/**
 * A contributor's own work in one place: {@code /my-work} lists the documents they submitted with
 * their candidates decided and undecided, and their unpublished records (drafts, sent back with the
 * reviewer's reason, in review, discarded) with the next step for each. Depends on extraction and
 * review; nothing depends on it.
 */
package org.sightline.app.work;
