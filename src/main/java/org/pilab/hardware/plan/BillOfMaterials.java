package org.pilab.hardware.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What to buy for a cluster, with the date its prices were true: board prices moved twice in
 * a few months (Dec 2025, Feb 2026), so an undated total would mislead.
 *
 * @param lines     the items, in the order a builder would read them
 * @param priceDate the newest date among the prices used, as the catalogue writes it (2026-02)
 */
public record BillOfMaterials(List<BomLine> lines, String priceDate) {

    public BillOfMaterials {
        lines = List.copyOf(lines);
        Objects.requireNonNull(priceDate, "priceDate");
    }

    /** Whether any price in the bill is an estimate. */
    public boolean hasEstimates() {
        return lines.stream().anyMatch(BomLine::estimate);
    }

    public BigDecimal totalUsd() {
        return lines.stream().map(BomLine::lineUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
