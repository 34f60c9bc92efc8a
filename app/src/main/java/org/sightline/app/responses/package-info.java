/**
 * The right of reply: responses of named companies and governments to a transfer, over the API and
 * the transfer page's form; publishing and retracting go through the publication workflow. Exposes
 * {@code RightOfReply} and the response views the transfer API embeds.
 */
package org.sightline.app.responses;
