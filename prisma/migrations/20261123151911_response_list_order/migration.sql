-- CreateIndex
CREATE INDEX "Response_orgId_surveyId_submittedAt_id_idx" ON "Response"("orgId", "surveyId", "submittedAt" DESC, "id" DESC);
