/** systemd: unit files, run states, the journal, daemon behaviours, systemctl and journalctl. */
package org.pilab.node.service;
