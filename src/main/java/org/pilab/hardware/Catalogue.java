package org.pilab.hardware;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hardware catalogue, read once from {@code org/pilab/hardware/catalogue.json} on the
 * classpath: the one data file the simulator, the cluster planner and the hardware guide share.
 */
public final class Catalogue {

    public static final String RESOURCE = "/org/pilab/hardware/catalogue.json";

    private static volatile Catalogue cached;

    private final Map<String, PiModel> models;
    private final Map<String, Accessory> accessories;

    private Catalogue(List<PiModel> models, List<Accessory> accessories) {
        this.models = index(models, PiModel::id, "model");
        this.accessories = index(accessories, Accessory::id, "accessory");
    }

    /** The bundled catalogue (parsed and checked on first use, then shared: it is immutable). */
    public static Catalogue load() {
        Catalogue c = cached;
        if (c == null) {
            try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new CatalogueException(RESOURCE + " is not on the classpath");
                }
                c = read(in, RESOURCE);
            } catch (IOException e) {
                throw new CatalogueException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
            }
            cached = c;
        }
        return c;
    }

    /** Reads and checks a catalogue document; {@code source} names it in messages. */
    public static Catalogue read(InputStream in, String source) throws IOException {
        ObjectMapper mapper = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Document doc;
        try {
            doc = mapper.readValue(in, Document.class);
        } catch (IOException e) {
            throw new CatalogueException(source + ": " + e.getMessage(), e);
        }
        Catalogue catalogue = new Catalogue(doc.models(), doc.accessories());
        catalogue.check(source);
        return catalogue;
    }

    /** The file's shape; "schema" and "about" document it. */
    record Document(int schema, String about, List<PiModel> models, List<Accessory> accessories) {
    }

    public List<PiModel> models() {
        return List.copyOf(models.values());
    }

    public List<Accessory> accessories() {
        return List.copyOf(accessories.values());
    }

    /** The model with this id (e.g. "pi4-4gb"); the error lists the valid ids. */
    public PiModel model(String id) {
        PiModel m = models.get(id);
        if (m == null) {
            throw new CatalogueException("unknown Pi model '" + id + "'; valid ids: "
                    + String.join(", ", models.keySet()));
        }
        return m;
    }

    public Accessory accessory(String id) {
        Accessory a = accessories.get(id);
        if (a == null) {
            throw new CatalogueException("unknown accessory '" + id + "'; valid ids: "
                    + String.join(", ", accessories.keySet()));
        }
        return a;
    }

    private void check(String source) {
        List<String> problems = new ArrayList<>();
        for (PiModel m : models.values()) {
            String where = source + ": model " + m.id();
            for (String field : PiModel.SOURCED_FIELDS) {
                String s = m.sources().get(field);
                if (s == null || s.isBlank()) {
                    problems.add(where + " has no source for " + field);
                }
            }
            if (m.prices().isEmpty()) {
                problems.add(where + " has no price");
            }
            if (m.realMemoryMb() <= 0 || m.realMemoryMb() > m.ramMb()) {
                problems.add(where + ": realMemoryMb must be within 1.." + m.ramMb());
            }
            ThermalSpec t = m.thermal();
            for (Cooling cooling : Cooling.values()) {
                if (!t.idleC().containsKey(cooling) || !t.loadC().containsKey(cooling)
                        || !t.tauSeconds().containsKey(cooling)) {
                    problems.add(where + ": thermal figures missing for cooling " + cooling);
                } else if (t.tauSeconds().get(cooling) <= 0) {
                    problems.add(where + ": tauSeconds must be positive");
                }
            }
            if (t.minClockMhz() > m.cpu().maxClockMhz()) {
                problems.add(where + ": minClockMhz above maxClockMhz");
            }
        }
        for (Accessory a : accessories.values()) {
            if (a.price() == null || a.price().note() == null || a.price().note().isBlank()) {
                problems.add(source + ": accessory " + a.id() + " has no sourced price");
            }
            if (a.powerW() != null && (a.powerSource() == null || a.powerSource().isBlank())) {
                problems.add(source + ": accessory " + a.id() + " has powerW without a source");
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogueException(String.join("; ", problems));
        }
    }

    private static <T> Map<String, T> index(List<T> items,
            java.util.function.Function<T, String> id, String kind) {
        Map<String, T> map = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String key = id.apply(item);
            if (!seen.add(key)) {
                throw new CatalogueException("duplicate " + kind + " id '" + key + "'");
            }
            map.put(key, item);
        }
        return map;
    }
}
