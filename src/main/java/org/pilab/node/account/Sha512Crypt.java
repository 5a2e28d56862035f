package org.pilab.node.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-512 crypt ({@code $6$salt$hash}, as {@code openssl passwd -6} and /etc/shadow use), after
 * Ulrich Drepper's published specification with the default 5000 rounds. Lets first boot store
 * a real hash and SSH check a typed password without ever keeping plaintext.
 */
public final class Sha512Crypt {

    private static final String ITOA64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int ROUNDS = 5000;
    private static final int[][] ORDER = {
        {0, 21, 42}, {22, 43, 1}, {44, 2, 23}, {3, 24, 45}, {25, 46, 4}, {47, 5, 26}, {6, 27, 48},
        {28, 49, 7}, {50, 8, 29}, {9, 30, 51}, {31, 52, 10}, {53, 11, 32}, {12, 33, 54}, {34, 55, 13},
        {56, 14, 35}, {15, 36, 57}, {37, 58, 16}, {59, 17, 38}, {18, 39, 60}, {40, 61, 19}, {62, 20, 41},
    };

    private Sha512Crypt() {
    }

    /** The crypt string for {@code password} with {@code salt} (at most 16 characters are used). */
    public static String hash(String password, String salt) {
        String s = salt.length() > 16 ? salt.substring(0, 16) : salt;
        byte[] p = password.getBytes(StandardCharsets.UTF_8);
        byte[] sb = s.getBytes(StandardCharsets.UTF_8);

        byte[] b = digest(p, sb, p);
        MessageDigest a = sha512();
        a.update(p);
        a.update(sb);
        int cnt;
        for (cnt = p.length; cnt > 64; cnt -= 64) {
            a.update(b, 0, 64);
        }
        a.update(b, 0, cnt);
        for (cnt = p.length; cnt > 0; cnt >>= 1) {
            if ((cnt & 1) != 0) {
                a.update(b);
            } else {
                a.update(p);
            }
        }
        byte[] c = a.digest();

        MessageDigest dp = sha512();
        for (int i = 0; i < p.length; i++) {
            dp.update(p);
        }
        byte[] pBytes = repeat(dp.digest(), p.length);

        MessageDigest ds = sha512();
        for (int i = 0; i < 16 + (c[0] & 0xff); i++) {
            ds.update(sb);
        }
        byte[] sBytes = repeat(ds.digest(), sb.length);

        for (int i = 0; i < ROUNDS; i++) {
            MessageDigest r = sha512();
            r.update((i & 1) != 0 ? pBytes : c);
            if (i % 3 != 0) {
                r.update(sBytes);
            }
            if (i % 7 != 0) {
                r.update(pBytes);
            }
            r.update((i & 1) != 0 ? c : pBytes);
            c = r.digest();
        }

        StringBuilder out = new StringBuilder("$6$").append(s).append('$');
        for (int[] t : ORDER) {
            encode(out, c[t[0]], c[t[1]], c[t[2]], 4);
        }
        encode(out, (byte) 0, (byte) 0, c[63], 2);
        return out.toString();
    }

    /** Whether {@code password} matches a {@code $6$} crypt string. */
    public static boolean matches(String password, String cryptString) {
        if (cryptString == null || !cryptString.startsWith("$6$")) {
            return false;
        }
        int end = cryptString.indexOf('$', 3);
        if (end < 0) {
            return false;
        }
        String salt = cryptString.substring(3, end);
        if (salt.startsWith("rounds=")) {
            return false; // custom rounds are not produced by the tools we model
        }
        return MessageDigest.isEqual(hash(password, salt).getBytes(StandardCharsets.UTF_8),
                cryptString.getBytes(StandardCharsets.UTF_8));
    }

    private static void encode(StringBuilder out, byte b2, byte b1, byte b0, int n) {
        int w = ((b2 & 0xff) << 16) | ((b1 & 0xff) << 8) | (b0 & 0xff);
        for (int i = 0; i < n; i++) {
            out.append(ITOA64.charAt(w & 0x3f));
            w >>>= 6;
        }
    }

    private static byte[] repeat(byte[] block, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = block[i % block.length];
        }
        return out;
    }

    private static byte[] digest(byte[]... parts) {
        MessageDigest md = sha512();
        for (byte[] part : parts) {
            md.update(part);
        }
        return md.digest();
    }

    private static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-512", e);
        }
    }
}
