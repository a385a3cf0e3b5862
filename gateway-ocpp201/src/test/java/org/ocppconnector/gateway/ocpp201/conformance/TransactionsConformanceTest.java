package org.ocppconnector.gateway.ocpp201.conformance;

import java.util.EnumSet;
import java.util.Set;

/** The schemas of functional blocks E Transactions and J Meter Values: see {@link Ocpp201ConformanceSuite}. */
class TransactionsConformanceTest extends Ocpp201ConformanceSuite {
    @Override
    Set<Feature> features() {
        return EnumSet.of(Feature.TRANSACTIONS, Feature.METER_VALUES);
    }
}
