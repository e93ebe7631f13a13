-- CreateIndex
CREATE INDEX "Registry_changeSeq_idx" ON "Registry"("changeSeq");

