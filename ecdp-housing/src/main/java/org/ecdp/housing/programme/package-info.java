/** Programmes, enrolment, outcomes and withdrawals: the entities and the boundary that randomises under a row lock. */
package org.ecdp.housing.programme;
