/**
 * Lenient reading of JSON payloads for the readers: a field of the wrong type reads as absent, a body that is
 * not JSON is one clear {@link org.statustray.source.UnreadableException}, and UTF-16 bodies are re-encoded.
 */
@NullMarked
package org.statustray.source.json;

import org.jspecify.annotations.NullMarked;
