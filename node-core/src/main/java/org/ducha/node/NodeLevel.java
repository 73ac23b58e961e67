package org.ducha.node;

/**
 * Administrative level of a node; decides which links it has.
 */
public enum NodeLevel {

	PROVINCE, CITY, COUNTY

}
