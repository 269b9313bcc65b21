/**
 * Enrolment: participants (consent, eligibility, baseline), the call to the randomiser under the
 * programme's row lock, withdrawals with coded reasons, and the outcomes recorded afterwards,
 * with who may touch which tenant ({@code control.ParticipantAccess}).
 */
package org.ecdp.housing.enrolment;
