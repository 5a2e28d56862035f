/** SD cards, Raspberry Pi Imager's customisation files (custom.toml, cloud-init), the base image and first boot. */
package org.pilab.node.imaging;
