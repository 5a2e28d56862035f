package org.pilab.hardware.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pilab.hardware.Accessory;
import org.pilab.hardware.BoardFamily;
import org.pilab.hardware.DatedPrice;
import org.pilab.hardware.PiModel;

/**
 * Writes the hardware guide's generated tables from the catalogue, so the guide shows exactly
 * the figures the simulator and the planner use. Each table is a Markdown block keyed by the
 * name in its {@code <!-- generated:NAME -->} marker.
 */
public final class GuideTables {

    /** The command that rewrites the blocks; named in the guide and in test failures. */
    public static final String UPDATE_COMMAND = "pilab plan --update-guide hardware-guide";

    /** The model the guide's example bills of materials are for. */
    public static final String BOM_MODEL = "pi4-4gb";

    private static final String NOTE = "_Generated from the hardware catalogue by `" + UPDATE_COMMAND
            + "`; do not edit by hand. \"(estimate)\" marks figures the catalogue lists as estimates._\n";

    private final CatalogueView view;

    public GuideTables(CatalogueView view) {
        this.view = view;
    }

    /** Every block, by name. */
    public Map<String, String> blocks() {
        Map<String, String> blocks = new LinkedHashMap<>();
        blocks.put("models", models());
        blocks.put("power", power());
        blocks.put("thermal", thermal());
        blocks.put("network", network());
        blocks.put("bom-4", bom(4));
        blocks.put("bom-8", bom(8));
        return blocks;
    }

    String models() {
        StringBuilder t = new StringBuilder(NOTE).append('\n');
        t.append("| id | board | CPU | RAM | slow-down vs a laptop core | launch price | latest price |\n");
        t.append("|---|---|---|---|---|---|---|\n");
        for (PiModel m : view.catalogue().models()) {
            t.append(String.format(Locale.ROOT, "| `%s` | %s | %d × %.1f GHz | %s | ×%s%s | %s | %s |\n", m.id(),
                    m.displayName(), m.cores(), m.cpu().maxClockMhz() / 1000.0, ram(m.ramMb()),
                    number(m.speedFactor()), est(m, "speedFactor"), price(m.launchPrice()), price(m.latestPrice())));
        }
        return t.toString();
    }

    String power() {
        StringBuilder t = new StringBuilder(NOTE).append('\n');
        t.append("| models | idle | full load | official supply |\n|---|---|---|---|\n");
        for (List<PiModel> family : families()) {
            PiModel m = family.get(0);
            t.append(String.format(Locale.ROOT, "| %s | %s W%s | %s W%s | %s |\n", ids(family),
                    number(m.power().idleW()), est(m, "power.idleW"), number(m.power().loadW()), est(m, "power.loadW"),
                    m.psu()));
        }
        List<Accessory> drawing = view.catalogue().accessories().stream().filter(a -> a.powerW() != null).toList();
        if (!drawing.isEmpty()) {
            t.append("\n| accessory | its own draw |\n|---|---|\n");
            for (Accessory a : drawing) {
                t.append(String.format(Locale.ROOT, "| %s | %s W%s |\n", a.name(), number(a.powerW()),
                        estimated(a) ? " (estimate)" : ""));
            }
        }
        return t.toString();
    }

    String thermal() {
        StringBuilder t = new StringBuilder(NOTE).append('\n');
        t.append("Sustained full load on every core, open air; each cell: settled temperature, and the share of "
                + "full clock kept.\n\n");
        t.append("| models | no cooling | heatsink | fan |\n|---|---|---|---|\n");
        for (List<PiModel> family : families()) {
            PiModel m = family.get(0);
            BoardFigures board = CatalogueView.figures(m);
            List<String> cells = new ArrayList<>();
            for (CoolingChoice c : CoolingChoice.values()) {
                ThermalVerdict v = view.sustainedLoad(board, c);
                cells.add(String.format(Locale.ROOT, "%.0f °C, %s", v.steadyC(), v.throttles()
                        ? String.format(Locale.ROOT, "throttles to %.0f %% (%.0f MHz)", 100 * v.speedFraction(),
                                v.sustainedMhz())
                        : String.format(Locale.ROOT, "full speed (%.0f MHz)", v.maxMhz())));
            }
            boolean estimated = m.isEstimate("thermal.loadC") || m.isEstimate("thermal.tauSeconds");
            t.append("| ").append(ids(family)).append(estimated ? " (estimate)" : "").append(" | ")
                    .append(String.join(" | ", cells)).append(" |\n");
        }
        return t.toString();
    }

    String network() {
        StringBuilder t = new StringBuilder(NOTE).append('\n');
        t.append("| models | Ethernet | Wi-Fi | radio | 100 MB to one node, Ethernet / Wi-Fi |\n|---|---|---|---|---|\n");
        for (List<PiModel> family : families()) {
            PiModel m = family.get(0);
            Double eth = m.network().ethernetMbps();
            double wifi = m.network().wifiMbps();
            t.append(String.format(Locale.ROOT, "| %s | %s | %s Mb/s%s | %s | %s / %.1f s |\n", ids(family),
                    eth == null ? "none" : number(eth) + " Mb/s" + est(m, "network.ethernetMbps"), number(wifi),
                    est(m, "network.wifiMbps"), m.network().wifi(),
                    eth == null ? "–" : String.format(Locale.ROOT, "%.1f s", 800 / eth), 800 / wifi));
        }
        return t.toString();
    }

    String bom(int nodes) {
        ClusterPlan plan = new ClusterPlanner(view).plan(new PlanRequest(nodes, BOM_MODEL, CoolingChoice.FAN,
                NetworkChoice.ETHERNET, StorageChoice.SD, PowerChoice.PSU, PlanRequest.DEFAULT_KWH_PRICE_USD,
                PlanRequest.DEFAULT_DUTY_CYCLE));
        StringBuilder t = new StringBuilder(NOTE).append('\n');
        t.append("Prices in US dollars as of ").append(plan.bom().priceDate()).append(".\n\n");
        t.append("| item | qty | unit | total |\n|---|---:|---:|---:|\n");
        for (BomLine line : plan.bom().lines()) {
            t.append(String.format(Locale.ROOT, "| %s | %d | %s | %s |\n", line.item(), line.qty(),
                    PlanReport.usd(line.unitUsd()) + (line.estimate() ? " (estimate)" : ""),
                    PlanReport.usd(line.lineUsd())));
        }
        t.append(String.format(Locale.ROOT, "| **total** | | | **%s** |\n", PlanReport.usd(plan.bom().totalUsd())));
        t.append(String.format(Locale.ROOT, "\nPower: %s idle, %s at full load (nodes and switch); %s a year at full "
                + "load around the clock (estimate).\n", PlanReport.watts(plan.power().idleW()),
                PlanReport.watts(plan.power().loadW()), PlanReport.kwh(plan.energy().yearlyKwhFullLoad())));
        for (String note : plan.notes()) {
            t.append("\n- ").append(note);
        }
        if (!plan.notes().isEmpty()) {
            t.append('\n');
        }
        return t.toString();
    }

    /** Models grouped by board family, in catalogue order: variants share their figures but RAM and price. */
    private List<List<PiModel>> families() {
        Map<BoardFamily, List<PiModel>> byFamily = view.catalogue().models().stream()
                .collect(Collectors.groupingBy(PiModel::family, LinkedHashMap::new, Collectors.toList()));
        return List.copyOf(byFamily.values());
    }

    private static String ids(List<PiModel> models) {
        return models.stream().map(m -> "`" + m.id() + "`").collect(Collectors.joining(", "));
    }

    /** The catalogue marks an accessory's draw as an estimate in words ("estimate: ...") or with "~". */
    private static boolean estimated(Accessory a) {
        String source = a.powerSource();
        return source != null && (source.startsWith("estimate") || source.contains("~"));
    }

    private static String est(PiModel m, String path) {
        return m.isEstimate(path) ? " (estimate)" : "";
    }

    private static String price(DatedPrice p) {
        return "$" + number(p.usd()) + " (" + p.date() + (p.estimate() ? ", estimate" : "") + ")";
    }

    private static String ram(int mb) {
        return mb >= 1024 ? (mb / 1024) + " GB" : mb + " MB";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
