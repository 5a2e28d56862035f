/** NFS exports and mounts, and exportfs/mount/umount/df. */
package org.pilab.node.nfs;
