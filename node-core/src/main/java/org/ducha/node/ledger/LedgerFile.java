package org.ducha.node.ledger;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook ready to be sent, with the name it is offered under; close it once written
 * (a streamed workbook keeps temporary files until then).
 *
 * @param filename the file name, Chinese
 * @param asciiFilename the same name for clients that take ASCII only
 * @param workbook the workbook
 */
public record LedgerFile(String filename, String asciiFilename, Workbook workbook) implements AutoCloseable {

	/** The xlsx media type. */
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public void writeTo(OutputStream out) throws IOException {
		this.workbook.write(out);
	}

	/** Closes the workbook and deletes a streamed one's temporary files. */
	@Override
	public void close() throws IOException {
		try {
			this.workbook.close();
		}
		finally {
			if (this.workbook instanceof SXSSFWorkbook streamed) {
				streamed.dispose();
			}
		}
	}

}
