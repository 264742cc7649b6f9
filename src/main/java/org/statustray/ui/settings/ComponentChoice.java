package org.statustray.ui.settings;

import org.jspecify.annotations.Nullable;
import org.statustray.model.Component;

/**
 * One row of a service's component list in Settings: a component of the page's last read, or a chosen
 * selector that read does not list ({@code component} null). {@code label} is "Group / Name".
 */
public record ComponentChoice(@Nullable Component component, String label, boolean chosen) {
}
