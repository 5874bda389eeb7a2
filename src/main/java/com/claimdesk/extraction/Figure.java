package com.claimdesk.extraction;

import java.math.BigDecimal;

/**
 * A checkable number found in a statement.
 *
 * @param text      the figure as written, e.g. "more than 100,000 troops"
 * @param value     its numeric value, e.g. 100000 ("$3.2 billion" gives 3200000000)
 * @param unit      what is counted or measured, e.g. "troops", "%", "USD"; may be null
 * @param qualifier an approximation or bound such as "more than", "about"; null when none
 */
public record Figure(String text, BigDecimal value, String unit, String qualifier) {
}
