/** chronyd's behaviour and the timedatectl/chronyc commands. */
package org.pilab.node.time;
