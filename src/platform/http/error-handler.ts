/**
 * Turns every failure into a clear, safe answer: what went wrong in words, the fields at
 * fault, and for unexpected failures only a reference to quote to support.
 */
import { randomUUID } from "node:crypto";
import { hasZodFastifySchemaValidationErrors } from "@fastify/type-provider-zod";
import type { FastifyError } from "fastify";
import type { WaymarkApp } from "./app-types.ts";
import { AppError } from "./errors.ts";

export function registerErrorHandler(app: WaymarkApp): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(error.statusCode)
        .send({ error: { code: error.code, message: error.message, details: error.details } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((issue) => ({
        field:
          issue.instancePath.replace(/^\//, "").replaceAll("/", ".") ||
          issue.params.issue.path.join("."),
        message: issue.message,
      }));
      return reply.status(400).send({
        error: {
          code: "invalid_request",
          message: `The request was not valid: ${fields.map((f) => `${f.field || "body"}: ${f.message}`).join("; ")}`,
          details: fields,
        },
      });
    }
    if (error.statusCode === 413 || error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return reply.status(413).send({
        error: { code: "too_large", message: "The upload is larger than this server accepts." },
      });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply
        .status(error.statusCode)
        .send({ error: { code: "invalid_request", message: error.message } });
    }
    const reference = randomUUID();
    request.log.error({ err: error, reference }, "request failed");
    return reply.status(500).send({
      error: {
        code: "internal_error",
        message: `Something went wrong on the server. Nothing was changed. Reference: ${reference}.`,
      },
    });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: {
        code: "not_found",
        message: `No such address: ${request.method} ${request.url.split("?")[0]}`,
      },
    });
  });
}
