package io.github.fnspring.core;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * fn-spring's random ids (request ids it makes, tokens), as random UUIDs from a generator of
 * its own. {@link UUID#randomUUID()} draws from a generator nobody can reseed, whose state a
 * process snapshot freezes: with a deterministic generator (DRBG, the default once
 * {@code java.security.egd} points at {@code /dev/urandom}) every instance restored from one
 * snapshot would draw the same ids. This one is reseeded after each restore.
 */
public final class RandomIds {

	private static final SecureRandom random = new SecureRandom();

	private RandomIds() {
	}

	/** A random (version 4) UUID, as {@link UUID#randomUUID()} makes one. */
	public static String uuid() {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
		bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
		long most = 0;
		long least = 0;
		for (int i = 0; i < 8; i++) {
			most = (most << 8) | (bytes[i] & 0xff);
			least = (least << 8) | (bytes[i + 8] & 0xff);
		}
		return new UUID(most, least).toString();
	}

	/**
	 * Draws fresh entropy into the generator, after a restore. A generator that reads the
	 * system's entropy for every draw (NativePRNG) needs none and cannot take it.
	 */
	static void reseed() {
		try {
			random.reseed();
		}
		catch (UnsupportedOperationException ex) {
			// it reads the system's entropy each time: nothing froze
		}
	}

}
