/// What planning a batch yields besides its bytes: the outcome for the caller and the
/// projection as it stands after the batch, to be saved once the batch is durable.
struct PlannedBatch {
  let result: AppendResult
  let projection: Projection
}
