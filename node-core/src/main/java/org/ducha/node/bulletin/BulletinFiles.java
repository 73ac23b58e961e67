package org.ducha.node.bulletin;

/**
 * Renders a bulletin being published as the files every node will hold.
 */
interface BulletinFiles {

	/** The Word file. */
	byte[] docx(Bulletin bulletin);

	/** The PDF. */
	byte[] pdf(Bulletin bulletin);

}
