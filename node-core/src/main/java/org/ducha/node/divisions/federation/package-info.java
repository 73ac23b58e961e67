/**
 * The division registry on the wire (reference channel): a change set at the province
 * goes to every node below it, relays keep their copy, and a node that never followed the
 * channel gets every changed record by snapshot.
 */
package org.ducha.node.divisions.federation;
