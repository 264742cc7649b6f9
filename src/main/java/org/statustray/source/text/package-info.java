/**
 * Page text made safe to show and to quote: HTML bodies as plain text, one clean line for logs and terminals,
 * JSON escapes for control characters, and the character runs the hand-written scanners step over.
 */
@NullMarked
package org.statustray.source.text;

import org.jspecify.annotations.NullMarked;
