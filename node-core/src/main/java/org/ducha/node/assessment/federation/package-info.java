/**
 * The assessment formula on the wire (reference channel): a version set at the province
 * goes to every node below it, relays keep their copy, and a node that never followed the
 * channel gets every version by snapshot.
 */
package org.ducha.node.assessment.federation;
