package org.sightline.core.model;

/**
 * The right of reply: what a company or government named in a transfer said about it, when, and
 * where it can be read. Human-rights researchers put such replies beside their findings; the
 * register does the same.
 *
 * @param date the day the response was given, YYYY-MM-DD
 * @param link where the response can be read (http or https), or null
 * @param howObtained e.g. "reply to our letter of 3 May", or null
 * @param organizationId the responder's organization in the register, or null
 * @param country the responding government's ISO 3166-1 alpha-2 code, or null
 */
public record TransferResponse(
    String id,
    String transferId,
    String responderName,
    ResponderKind responderKind,
    String organizationId,
    String country,
    String date,
    String text,
    String link,
    String howObtained) {}
