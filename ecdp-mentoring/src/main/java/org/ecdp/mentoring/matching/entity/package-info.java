/**
 * What matching works on and what it answers: a waiting request and a volunteer's profile as the
 * matcher sees them, the coordinator's pins and exclusions, and the results (a run, the score
 * matrix, each pair's reasons). Immutable values with the codes of the public API; no container
 * types, so the web module maps its entities onto them.
 */
package org.ecdp.mentoring.matching.entity;
