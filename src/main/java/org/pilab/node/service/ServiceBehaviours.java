package org.pilab.node.service;

import java.util.HashMap;
import java.util.Map;

/** Behaviours by unit name, shared by every host on a network. */
public final class ServiceBehaviours {

    private final Map<String, ServiceBehaviour> byUnit = new HashMap<>();

    public ServiceBehaviours register(String unit, ServiceBehaviour behaviour) {
        byUnit.put(unit, behaviour);
        return this;
    }

    public ServiceBehaviour forUnit(String unit) {
        return byUnit.getOrDefault(unit, ServiceBehaviour.ALWAYS_RUNS);
    }
}
