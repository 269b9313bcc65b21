/** What the match component answers for other components (the waiting list's questions about matches). */
package org.ecdp.mentoring.match.control;
