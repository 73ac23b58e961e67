/**
 * Roll-ups of decomposed assignments (分解) on the wire: a new revision computed here goes
 * up to the issuer of the decomposed assignment's task (report channel); one stated by
 * the assignee's node is kept here.
 */
package org.ducha.node.decomposition.federation;
