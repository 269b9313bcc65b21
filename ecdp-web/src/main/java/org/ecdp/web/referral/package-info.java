/** Pages for staff of any service to refer people to other services (today: peer mentoring). */
package org.ecdp.web.referral;
