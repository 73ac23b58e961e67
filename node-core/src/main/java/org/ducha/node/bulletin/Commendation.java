package org.ducha.node.bulletin;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A unit commended by a published bulletin.
 *
 * @param bulletinId the bulletin
 * @param bulletinNumber its number, e.g. "阳督通〔2026〕3号"
 * @param publishedOn the day it was published
 * @param unitCode the unit commended
 * @param text the commendation's wording
 */
public record Commendation(UUID bulletinId, String bulletinNumber, LocalDate publishedOn, String unitCode,
		String text) {
}
