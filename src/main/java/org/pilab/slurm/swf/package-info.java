/**
 * Standard Workload Format traces (Parallel Workloads Archive; Feitelson, Tsafrir and Krakov,
 * JPDC 2014): one job per line, 18 whitespace-separated fields, -1 for unknown, header comments
 * starting with ';'. Used to replay real workloads through the virtual controller.
 */
package org.pilab.slurm.swf;
