/**
 * Annual priorities on the wire: approved priorities are stated by their node on the
 * reference channel to every node below (the relays keep copies) and re-sent by snapshot
 * towards a child; nothing travels up, and the links never travel.
 */
package org.ducha.node.priority.federation;
