/*
  Warnings:

  - A unique constraint covering the columns `[surveyId,opensAt]` on the table `PulseRound` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "PulseRound" ADD COLUMN     "remindedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "pulseRoundDays" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "pulseStartsOn" DATE;

-- CreateTable
CREATE TABLE "PulseInvite" (
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,

    CONSTRAINT "PulseInvite_pkey" PRIMARY KEY ("roundId","userId")
);

-- CreateIndex
CREATE INDEX "PulseInvite_orgId_userId_idx" ON "PulseInvite"("orgId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "PulseRound_surveyId_opensAt_key" ON "PulseRound"("surveyId", "opensAt");

-- AddForeignKey
ALTER TABLE "PulseInvite" ADD CONSTRAINT "PulseInvite_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PulseRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;
