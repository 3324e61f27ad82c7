/**
 * A pass-through for an uploaded file on its way to the parser: it counts the bytes (and
 * stops at the limit, whatever Content-Length claimed), hashes them, and can copy them to a
 * file on disk so the commit can read the upload a second time without holding it in memory.
 * Backpressure from the disk holds the upload back instead of queueing bytes in memory.
 */
import { createHash, type Hash } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { Transform, type TransformCallback } from "node:stream";
import { AppError } from "@/lib/errors";

export class UploadTap extends Transform {
  bytes = 0;
  private readonly hash: Hash = createHash("sha256");
  private readonly file: WriteStream | null;

  constructor(
    private readonly maxBytes: number,
    copyTo?: string,
  ) {
    super();
    this.file = copyTo ? createWriteStream(copyTo, { flags: "wx", mode: 0o600 }) : null;
    this.file?.on("error", (error) => this.destroy(error));
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      callback(new AppError("payload_too_large", `The file is larger than ${Math.round(this.maxBytes / (1024 * 1024))} MB`));
      return;
    }
    this.hash.update(chunk);
    if (!this.file || this.file.write(chunk)) callback(null, chunk);
    else this.file.once("drain", () => callback(null, chunk));
  }

  override _flush(callback: TransformCallback): void {
    if (!this.file) return callback();
    this.file.end(() => callback());
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.file?.destroy();
    callback(error);
  }

  /** The SHA-256 of every byte seen; call once, after the stream has ended. */
  digest(): string {
    return this.hash.digest("hex");
  }

  /** Resolves once the copy on disk is complete (immediately without one). */
  async fileWritten(): Promise<void> {
    if (this.file) await finished(this.file);
  }
}
