package org.pilab.hardware.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pilab.hardware.Accessory;
import org.pilab.hardware.Catalogue;
import org.pilab.hardware.CatalogueException;
import org.pilab.hardware.Cooling;
import org.pilab.hardware.DatedPrice;
import org.pilab.hardware.PiModel;

/**
 * The planner's view of the project's hardware catalogue. Accessories are chosen by category,
 * by the board families they fit and by the catalogue's id conventions ({@code psu-*},
 * {@code microsd-*}, {@code switch-<N>port-*}, ids containing {@code poe} or
 * {@code heatsink}); when several fit, the cheapest wins.
 */
public final class CatalogueView implements PlannerCatalogue {

    private static final Pattern PORTS = Pattern.compile("(\\d+)-?port");
    private static final Pattern CASE_NODES = Pattern.compile("(\\d+)-?node");

    private final Catalogue catalogue;
    private final SustainedLoad sustained = new SustainedLoad();

    public CatalogueView(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** The view of the bundled catalogue. */
    public static CatalogueView bundled() {
        return new CatalogueView(Catalogue.load());
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    @Override
    public List<String> modelIds() {
        return catalogue.models().stream().map(PiModel::id).toList();
    }

    @Override
    public Optional<BoardFigures> board(String modelId) {
        PiModel m;
        try {
            m = catalogue.model(modelId);
        } catch (CatalogueException unknown) {
            return Optional.empty();
        }
        return Optional.of(figures(m));
    }

    /** The catalogue model behind a board. */
    public PiModel model(BoardFigures board) {
        return catalogue.model(board.id());
    }

    static BoardFigures figures(PiModel m) {
        DatedPrice price = m.latestPrice();
        PricedItem board = new PricedItem(m.displayName(), usd(price.usd()), date(price.date(), m.id()), price.date(),
                price.estimate());
        Double ethernet = m.network().ethernetMbps();
        return new BoardFigures(m.id(), m.displayName(), m.cores(), m.ramMb(), board, m.power().idleW(),
                m.power().loadW(), m.speedFactor(), ethernet == null ? 0 : ethernet, m.network().wifiMbps());
    }

    @Override
    public Optional<PricedItem> powerSupply(BoardFigures board) {
        return cheapest(board, "power", a -> a.id().startsWith("psu"));
    }

    @Override
    public Optional<PricedItem> poeHat(BoardFigures board) {
        return cheapest(board, "power", a -> a.id().contains("poe"));
    }

    @Override
    public Optional<PricedItem> cooling(BoardFigures board, CoolingChoice cooling) {
        return coolingAccessory(board, cooling).map(CatalogueView::priced);
    }

    @Override
    public double coolingW(BoardFigures board, CoolingChoice cooling) {
        return coolingAccessory(board, cooling).map(Accessory::powerW).filter(Objects::nonNull).orElse(0.0);
    }

    private Optional<Accessory> coolingAccessory(BoardFigures board, CoolingChoice cooling) {
        return switch (cooling) {
            case NONE -> Optional.empty();
            case HEATSINK -> cheapestAccessory(board, "cooling", a -> a.id().contains("heatsink"));
            case FAN -> cheapestAccessory(board, "cooling", a -> !a.id().contains("heatsink"));
        };
    }

    @Override
    public Optional<PricedItem> storage(BoardFigures board, StorageChoice storage) {
        return cheapest(board, "storage", a -> a.id().startsWith("microsd") == (storage == StorageChoice.SD));
    }

    @Override
    public List<SwitchFigures> switches() {
        return catalogue.accessories().stream()
                .filter(a -> a.category().equals("network") && a.id().startsWith("switch"))
                .map(a -> new SwitchFigures(priced(a), number(PORTS, a.id(), 0), a.powerW() == null ? 0 : a.powerW(),
                        a.id().contains("poe")))
                .filter(s -> s.ports() > 0)
                .toList();
    }

    @Override
    public Optional<PricedItem> ethernetCable() {
        return catalogue.accessories().stream()
                .filter(a -> a.category().equals("network") && a.id().startsWith("ethernet-cable"))
                .min(Comparator.comparing(a -> a.price().usd()))
                .map(CatalogueView::priced);
    }

    @Override
    public Optional<PricedItem> clusterCase() {
        return caseAccessory().map(CatalogueView::priced);
    }

    @Override
    public int nodesPerCase() {
        return caseAccessory().map(a -> number(CASE_NODES, a.id(), 1)).orElse(1);
    }

    private Optional<Accessory> caseAccessory() {
        return catalogue.accessories().stream().filter(a -> a.category().equals("case")).findFirst();
    }

    @Override
    public ThermalVerdict sustainedLoad(BoardFigures board, CoolingChoice cooling) {
        return sustained.verdict(model(board), Cooling.valueOf(cooling.name()), cooling);
    }

    private Optional<PricedItem> cheapest(BoardFigures board, String category, Predicate<Accessory> which) {
        return cheapestAccessory(board, category, which).map(CatalogueView::priced);
    }

    private Optional<Accessory> cheapestAccessory(BoardFigures board, String category, Predicate<Accessory> which) {
        PiModel m = model(board);
        return catalogue.accessories().stream()
                .filter(a -> a.category().equals(category) && a.fits(m.family()))
                .filter(which)
                .min(Comparator.comparing(a -> a.price().usd()));
    }

    static PricedItem priced(Accessory a) {
        return new PricedItem(a.name(), usd(a.price().usd()), date(a.price().date(), a.id()), a.price().date(),
                a.price().estimate());
    }

    /** Catalogue prices are whole or half dollars; two decimals keep money arithmetic exact. */
    static BigDecimal usd(double usd) {
        return BigDecimal.valueOf(usd).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** A catalogue date: a day (2019-06-24) or a month (2026-02, read as its first day). */
    static LocalDate date(String text, String id) {
        try {
            return text.length() == 7 ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CatalogueException(id + ": price date \"" + text + "\" is neither 2026-02 nor 2026-02-01", e);
        }
    }

    private static int number(Pattern pattern, String id, int otherwise) {
        Matcher m = pattern.matcher(id);
        return m.find() ? Integer.parseInt(m.group(1)) : otherwise;
    }
}
