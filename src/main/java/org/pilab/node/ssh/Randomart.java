package org.pilab.node.ssh;

import java.util.Base64;

/** OpenSSH's "drunken bishop" picture of a key fingerprint, as ssh-keygen prints it. */
final class Randomart {

    private static final String SYMBOLS = " .o+=*BOX@%&#/^SE";
    private static final int W = 17;
    private static final int H = 9;

    private Randomart() {
    }

    static String draw(String fingerprint) {
        byte[] digest = Base64.getDecoder().decode(pad(fingerprint.substring("SHA256:".length())));
        int[][] field = new int[W][H];
        int x = W / 2;
        int y = H / 2;
        int startX = x;
        int startY = y;
        for (byte b : digest) {
            int input = b & 0xff;
            for (int i = 0; i < 4; i++) {
                x += (input & 1) != 0 ? 1 : -1;
                y += (input & 2) != 0 ? 1 : -1;
                x = Math.max(0, Math.min(W - 1, x));
                y = Math.max(0, Math.min(H - 1, y));
                if (field[x][y] < SYMBOLS.length() - 3) {
                    field[x][y]++;
                }
                input >>= 2;
            }
        }
        StringBuilder sb = new StringBuilder("+--[ED25519 256]--+\n");
        for (int row = 0; row < H; row++) {
            sb.append('|');
            for (int col = 0; col < W; col++) {
                char c = SYMBOLS.charAt(field[col][row]);
                if (col == startX && row == startY) {
                    c = 'S';
                } else if (col == x && row == y) {
                    c = 'E';
                }
                sb.append(c);
            }
            sb.append("|\n");
        }
        sb.append("+----[SHA256]-----+\n");
        return sb.toString();
    }

    private static String pad(String b64) {
        return b64 + "=".repeat((4 - b64.length() % 4) % 4);
    }
}
