package org.statustray.ui.settings;

import org.statustray.model.CatalogEntry;

/** A catalogue search result in Settings, and whether that service is already watched. */
public record CatalogResult(CatalogEntry entry, boolean watched) {
}
