/*
  Warnings:

  - A unique constraint covering the columns `[receiptHash]` on the table `Idea` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Idea" ADD COLUMN     "commentCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "receiptHash" TEXT;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "ideaStallDays" INTEGER NOT NULL DEFAULT 30;

-- CreateIndex
CREATE UNIQUE INDEX "Idea_receiptHash_key" ON "Idea"("receiptHash");
