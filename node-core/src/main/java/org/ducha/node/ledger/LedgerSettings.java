package org.ducha.node.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the ledger's import ({@code ducha.ledger.*}). The node's multipart limit
 * ({@code spring.servlet.multipart.max-file-size}, 10MB) stays above
 * {@code max-import-size}, so an upload over it is read whole before its 413.
 *
 * @param maxImportSize the largest workbook accepted (larger: 413)
 * @param maxImportRows the most task rows one workbook may hold (more: 400)
 * @param maxUnzippedEntry the largest part of a workbook once unzipped (zip bombs)
 * @param minInflateRatio the smallest compressed/uncompressed ratio of a part (zip bombs)
 */
@ConfigurationProperties("ducha.ledger")
public record LedgerSettings(@DefaultValue("5MB") DataSize maxImportSize, @DefaultValue("1000") int maxImportRows,
		@DefaultValue("50MB") DataSize maxUnzippedEntry, @DefaultValue("0.01") double minInflateRatio) {

	/** The defaults, for tests without Spring. */
	static LedgerSettings defaults() {
		return new LedgerSettings(DataSize.ofMegabytes(5), 1000, DataSize.ofMegabytes(50), 0.01);
	}

}
