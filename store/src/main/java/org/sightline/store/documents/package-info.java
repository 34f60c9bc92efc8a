/**
 * Documents submitted for extraction (their extracted text, fingerprint and provenance) and the
 * reviewers' decisions on the candidates extraction proposed for them. Unpublished work: nothing
 * here is ever shown to anonymous readers, and nothing here writes to the register.
 */
package org.sightline.store.documents;
