package org.pilab.engine.broker;

import org.pilab.engine.FeeConfig;

/** The fee a fill (or a sizing estimate) costs, from its signed quantity and consideration. */
public sealed interface FeeModel permits FeeModel.Zero, FeeModel.Percent {

    /** Total cost (commission plus tax) of trading {@code quantity} units worth {@code consideration}. */
    double totalCost(double quantity, double consideration);

    static FeeModel of(FeeConfig config) {
        if (config instanceof FeeConfig.Percent p) {
            return new Percent(p.commission(), p.tax());
        }
        return new Zero();
    }

    /** No fees at all. */
    record Zero() implements FeeModel {
        @Override
        public double totalCost(double quantity, double consideration) {
            return 0.0;
        }
    }

    /**
     * Commission and tax as fractions of the absolute consideration. The two parts are computed
     * separately and then added, not as (commission + tax) x |consideration|, because QSTrader
     * adds them that way and the last bit can differ.
     */
    record Percent(double commission, double tax) implements FeeModel {
        @Override
        public double totalCost(double quantity, double consideration) {
            double commissionPart = commission * Math.abs(consideration);
            double taxPart = tax * Math.abs(consideration);
            return commissionPart + taxPart;
        }
    }
}
