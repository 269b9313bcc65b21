/**
 * The peer life coaches themselves: who they are and how many tenants each may carry. Enrolment
 * assigns a coach to a coached tenant; coaching logs the sessions a coach holds.
 */
package org.ecdp.housing.coach;
