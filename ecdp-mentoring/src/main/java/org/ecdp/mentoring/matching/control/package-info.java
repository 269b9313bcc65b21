/**
 * Matching: the hard constraints that keep a pair safe and possible, the weighted score that
 * explains itself, and the optimal assignment of everyone waiting to volunteers' free places.
 * Plain Java (JGraphT for the min-cost flow); {@link org.ecdp.mentoring.matching.control.Matchmaker}
 * is the entry point.
 */
package org.ecdp.mentoring.matching.control;
