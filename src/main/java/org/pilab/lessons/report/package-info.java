/** Text renderings of the catalogue and of the learner's progress (list, export). */
package org.pilab.lessons.report;
